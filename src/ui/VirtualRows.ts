import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Rows drawn beyond each edge of the viewport, so a fast scroll does not show blank space. */
const OVERSCAN = 10;
/** Used until the scroller has been laid out (and in DOMs without layout): about a screenful. */
const FALLBACK_VIEWPORT_PX = 720;

export interface RowWindow {
  readonly first: number;
  /** One past the last row to draw. */
  readonly end: number;
  readonly padTopPx: number;
  readonly padBottomPx: number;
}

/** Which of `count` fixed-height rows a viewport of `viewportPx` scrolled to `scrollTop` needs. */
export const rowWindow = (count: number, rowHeightPx: number, scrollTop: number, viewportPx: number): RowWindow => {
  const viewport = viewportPx > 0 ? viewportPx : FALLBACK_VIEWPORT_PX;
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / rowHeightPx) - OVERSCAN));
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeightPx) + OVERSCAN);
  return { first, end, padTopPx: first * rowHeightPx, padBottomPx: (count - end) * rowHeightPx };
};

/** Tracks a scroller's position and height; the caller re-renders only the rows `rowWindow` names. */
export const useScrollViewport = (
  scroller: RefObject<HTMLElement | null>,
): { readonly scrollTop: number; readonly viewportPx: number; readonly onScroll: () => void } => {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportPx, setViewportPx] = useState(0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return undefined;
    setViewportPx(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewportPx(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  const onScroll = (): void => setScrollTop(scroller.current?.scrollTop ?? 0);
  return { scrollTop, viewportPx, onScroll };
};
