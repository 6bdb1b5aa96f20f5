// An unclosed JSX element.
export const App = () => (
  <div className="app">
    <span>text</span>
  );
