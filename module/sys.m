# The subset of Inferno's Sys that disbridge serves as a Python builtin,
# with Sys's real types (so its signatures are the real ones).
Sys: module
{
	PATH:	con "$Sys";

	Maxint:	con 2147483647;
	UTFmax:	con 4;
	UTFerror:	con 16r80;

	FD: adt
	{
		fd:	int;
	};

	byte2char:	fn(buf: array of byte, n: int): (int, int, int);
	char2byte:	fn(c: int, buf: array of byte, n: int): int;
	fildes:	fn(fd: int): ref FD;
	fprint:	fn(fd: ref FD, s: string, *): int;
	millisec:	fn(): int;
	print:	fn(s: string, *): int;
	sleep:	fn(period: int): int;
	sprint:	fn(s: string, *): string;
	tokenize:	fn(s, delim: string): (int, list of string);
	werrstr:	fn(s: string): int;
};
