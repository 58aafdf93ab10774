export declare class TemplateError extends Error {}
/** Render a Go template against JSON data the way `kubectl get -o go-template=` does. */
export declare function renderGoTemplate(template: string, data: unknown): string;
/** Print a value as Go's text/template does (`<no value>`, `[a b]`, `map[k:v]`). */
export declare function formatValue(value: unknown): string;
