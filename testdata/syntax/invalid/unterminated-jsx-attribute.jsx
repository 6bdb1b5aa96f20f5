// An unterminated JSX attribute string.
export const App = () => <div title="oops>text</div>;
