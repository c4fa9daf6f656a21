/// <reference types="vite/client" />
// CSS imports in these features are handled by Vite; this lets the type-check see them.
