// Early error: `let` as a lexically bound name.
function legacy() {
  let let = 1;
  return let;
}
export { legacy };
