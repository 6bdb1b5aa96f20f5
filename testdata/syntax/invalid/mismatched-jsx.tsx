// Mismatched JSX closing tag.
export const App = () => <div><span></div></span>;
