import { Button } from "shared/ui";
import { Decl } from "decl";
import React from "react";
export { Button, Decl, React };
