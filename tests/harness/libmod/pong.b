implement Pong;
include "ping.m";
include "pong.m";
ping: Ping;
bounce(n: int, trail: string): string
{
	if(ping == nil)
		ping = load Ping Ping->PATH;
	return ping->bounce(n - 1, trail + "pong ");
}
