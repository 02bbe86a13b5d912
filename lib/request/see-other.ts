/** An uncached 303 to `location`: the browser goes on there with a GET, whatever it sent. */
export const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
