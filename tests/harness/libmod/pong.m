Pong: module
{
	PATH:	con "/dis/lib/pong.dis";
	bounce:	fn(n: int, trail: string): string;
};
