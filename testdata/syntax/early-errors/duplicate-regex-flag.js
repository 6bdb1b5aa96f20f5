// Early error: a duplicate regular expression flag.
export const pattern = /todo/gig;
