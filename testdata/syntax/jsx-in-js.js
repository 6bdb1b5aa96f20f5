// JSX in a .js file, as in many React projects.
import React, { useState } from "react";

export default function Toggle({ label = "Toggle", initial = false }) {
  const [on, setOn] = useState(initial);
  const className = on ? "toggle on" : "toggle";
  return (
    <button type="button" className={className} onClick={() => setOn((v) => !v)}>
      {label}: {on ? "on" : "off"}
    </button>
  );
}

export const List = ({ items }) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;
export const Empty = () => <></>;
