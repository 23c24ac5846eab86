Ping: module
{
	PATH:	con "/dis/lib/ping.dis";
	bounce:	fn(n: int, trail: string): string;
};
