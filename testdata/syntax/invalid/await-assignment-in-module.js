// `await` in module code is the await operator, so it cannot be assigned.
export {};
await = 2;
