import { useState } from "react";
export type State = ReturnType<typeof useState>;
