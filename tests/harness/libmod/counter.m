Counter: module
{
	PATH:	con "/dis/lib/counter.dis";
	Tally: adt {
		name:	string;
		n:	int;
		new:	fn(name: string): ref Tally;
		bump:	fn(t: self ref Tally, by: int): int;
	};
	init:	fn(start: int);
	next:	fn(): int;
};
