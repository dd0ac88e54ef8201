// Code-shape rules checked by `npm test` (npm run lint): small functions. The layer rules are
// dependency-cruiser's (.dependency-cruiser.cjs); types are tsc's.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'src/generated/**', '.neo4j/**', 'test-results/**'] },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'bin/**/*.js'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      // A function says one thing: past 80 lines (blank lines and comments aside) it is cut along its rules.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // A control character in a regular expression is usually a slip; the deliberate ones say so.
      'no-control-regex': 'error',
    },
  },
);
