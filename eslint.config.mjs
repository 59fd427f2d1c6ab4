// One lint configuration for the whole repository (ESLint 9 flat config): typescript-eslint
// everywhere, Next's rules (core web vitals, React hooks) for the storefront, React hooks for the
// admin extensions (react-hooks). `npm run lint` runs it with Prettier's check and the copy-paste detector.
import js from "@eslint/js"
import globals from "globals"
import nextPlugin from "@next/eslint-plugin-next"
import reactHooks from "eslint-plugin-react-hooks"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      "**/test-results/**",
      "**/playwright-report/**",
      ".data/**",
      "seed/**",
      "storefront/next-env.d.ts",
      "backend/src/modules/*/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // TypeScript checks names itself (and knows the DOM and Node types the files use).
    files: ["**/*.{ts,tsx,mts}"],
    rules: { "no-undef": "off" },
  },
  {
    // Tests read JSON answers whose shape the assertions themselves check.
    files: ["tests/**/*.{ts,mts}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["storefront/**/*.{ts,tsx,mjs}"],
    plugins: { "@next/next": nextPlugin },
    rules: nextPlugin.configs["core-web-vitals"].rules,
    settings: { next: { rootDir: "storefront/" } },
  },
  {
    files: ["storefront/src/**/*.tsx", "backend/src/admin/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  }
)
