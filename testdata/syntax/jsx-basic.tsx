// JSX: elements, fragments, attributes, spread, entities, namespaces, member names.
import * as React from "react";
import { Icons } from "./icons";

type CardProps = { title: string; children?: React.ReactNode; tags: string[] };

export function Card({ title, children, tags, ...rest }: CardProps & Record<string, unknown>) {
  const Header = Icons.Header;
  return (
    <>
      <section className="card" data-testid="card" aria-label={`Card ${title}`} {...rest}>
        <Header.Title level={2} hidden />
        <Icons.Star size={16} />
        <h2 title='single "quoted"'>{title} &amp; more &copy; &#169; &#xA9; &nbsp;</h2>
        {children}
        {tags.length > 0 ? (
          <ul>
            {tags.map((tag) => (
              <li key={tag}>#{tag}</li>
            ))}
          </ul>
        ) : null}
        {tags.length === 0 && <p>No tags — add some!</p>}
        {/* a comment child */}
        <svg:rect xlink:href="#a" width="10" />
        <input type="text" value={title} onChange={(e) => console.log(e.target.value)} disabled={false} />
        <p>
          Text with {"{braces}"} and a &gt; sign, it's fine. 50% off / today
        </p>
        <React.Fragment key="k">fragment</React.Fragment>
        <div {...{ id: "spread" }}>{...tags}</div>
      </section>
    </>
  );
}
