implement Counter;
include "counter.m";
count := 0;
init(start: int)
{
	count = start;
}
next(): int
{
	return count++;
}
Tally.new(name: string): ref Tally
{
	return ref Tally(name, count);
}
Tally.bump(t: self ref Tally, by: int): int
{
	t.n += by;
	return t.n;
}
