/** Where a figure presents from, when a page plays several in turn (a consultation). */
export interface PresenterStage {
	/** the element put full screen, which stays while figures come and go inside it */
	element(): HTMLElement | null | undefined;
	/**
	 * whether a presentation is being carried from one figure to the next: the figure going away keeps full
	 * screen for it, and the one opening presents at once
	 */
	carried(): boolean;
}
