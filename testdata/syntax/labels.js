// Labelled statements with break and continue.
export function findPair(matrix, target) {
  let found = null;
  outer: for (let i = 0; i < matrix.length; i++) {
    inner: for (let j = 0; j < matrix[i].length; j++) {
      if (matrix[i][j] < 0) continue outer;
      if (matrix[i][j] === 0) continue inner;
      if (matrix[i][j] === target) {
        found = [i, j];
        break outer;
      }
    }
  }
  block: {
    if (!found) break block;
    console.log("found", found);
  }
  return found;
}
