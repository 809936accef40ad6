/** A figure as the consultation page offers it: its id, title and steps' names, in the page's language. */
export interface SceneChoice {
	id: string;
	title: string;
	steps: readonly { id: string; name: string }[];
}
