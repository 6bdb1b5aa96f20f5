// TypeScript-only syntax in a .jsx file: a non-null assertion.
export const App = ({ ref }) => <div ref={ref!} />;
