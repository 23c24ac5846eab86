implement DoWhile;

include "sys.m";
	sys: Sys;
include "draw.m";

DoWhile: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

calls := 0;

cond(v: int): int
{
	calls++;
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== do body runs at least once ==\n");
	n := 0;
	do {
		n++;
		sys->print("body with n=%d\n", n);
	} while(cond(0));
	sys->print("n=%d cond calls=%d\n", n, calls);
	sys->print("== while body may not run ==\n");
	calls = 0;
	while(cond(0))
		sys->print("never\n");
	sys->print("cond calls=%d\n", calls);
	sys->print("== digits of a number via do ==\n");
	x := 90210;
	digits := "";
	do {
		digits = string (x % 10) + digits;
		x /= 10;
	} while(x > 0);
	sys->print("digits=%s\n", digits);
	x = 0;
	digits = "";
	do {
		digits = string (x % 10) + digits;
		x /= 10;
	} while(x > 0);
	sys->print("digits of 0=%s\n", digits);
	sys->print("== continue in do re-tests the condition ==\n");
	i := 0;
	evens := 0;
	do {
		i++;
		if(i % 2)
			continue;
		evens++;
	} while(i < 10);
	sys->print("i=%d evens=%d\n", i, evens);
	sys->print("== break in do ==\n");
	i = 0;
	do {
		i += 7;
		if(i > 30)
			break;
	} while(1);
	sys->print("i=%d\n", i);
	sys->print("== collatz with while ==\n");
	c := 27;
	steps := 0;
	peak := c;
	while(c != 1){
		if(c % 2 == 0)
			c /= 2;
		else
			c = 3 * c + 1;
		if(c > peak)
			peak = c;
		steps++;
	}
	sys->print("27 reaches 1 in %d steps, peak %d\n", steps, peak);
	sys->print("== nested do/while ==\n");
	a := 0;
	tot := 0;
	do {
		b := 0;
		do {
			tot += a * b;
			b++;
		} while(b < 3);
		a++;
	} while(a < 3);
	sys->print("tot=%d\n", tot);
	sys->print("== while with a list ==\n");
	l := list of {3, 1, 4, 1, 5};
	sum := 0;
	while(l != nil){
		sum += hd l;
		l = tl l;
	}
	sys->print("sum=%d\n", sum);
}
