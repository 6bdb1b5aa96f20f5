const s = "a b"; // sep
let x = 1;
let x = 1;
