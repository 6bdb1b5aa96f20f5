export const queryClient = { staleTime: 1000 }
