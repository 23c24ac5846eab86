implement Ping;
include "ping.m";
include "pong.m";
calls := 0;
bounce(n: int, trail: string): string
{
	calls++;
	if(n <= 0)
		return trail + "ping." + string calls;
	pong := load Pong Pong->PATH;
	if(pong == nil)
		return trail + "no pong";
	return pong->bounce(n - 1, trail + "ping" + string calls + " ");
}
