/** A figure as the consultation page offers it: its id, title and steps' names, in the page's language. */
export interface SceneChoice {
	id: string;
	title: string;
	steps: readonly { id: string; name: string }[];
}

/** An article as the consultation page offers it: its title and the figures it shows, in its order. */
export interface ArticleChoice {
	key: string;
	title: string;
	scenes: readonly string[];
}
