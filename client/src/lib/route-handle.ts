/** A route whose `handle` asks for focus (the call room) gets the whole window: no site header or navigation. */
export interface FocusRouteHandle {
  focus: true;
}

export const isFocusHandle = (handle: unknown): handle is FocusRouteHandle =>
  typeof handle === 'object' && handle !== null && (handle as Partial<FocusRouteHandle>).focus === true;
