implement Loops;

include "sys.m";
	sys: Sys;
include "draw.m";

Loops: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

collatz(n: int): int
{
	steps := 0;
	while(n != 1){
		if(n % 2 == 0)
			n /= 2;
		else
			n = 3 * n + 1;
		steps++;
	}
	return steps;
}

digits(n: int): string
{
	s := "";
	do{
		s = string (n % 10) + s;
		n /= 10;
	}while(n > 0);
	return s;
}

gcd(a, b: int): int
{
	for(; b != 0; (a, b) = (b, a % b))
		;
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 1; i <= 9; i += 2)
		sys->print("collatz(%d) = %d\n", i, collatz(i));
	sys->print("digits %s %s\n", digits(0), digits(90210));
	sys->print("gcd %d %d %d\n", gcd(48, 18), gcd(17, 5), gcd(100, 75));
	# triangle
	for(r := 1; r <= 4; r++){
		line := "";
		for(c := 0; c < r; c++)
			line += "*";
		sys->print("%s\n", line);
	}
	# infinite for with break
	n := 1;
	for(;;){
		n *= 3;
		if(n > 1000)
			break;
	}
	sys->print("first power of 3 over 1000: %d\n", n);
	# loop with empty body and comma-like updates
	x := 0;
	y := 10;
	for(; x < y; x++)
		y--;
	sys->print("meet %d %d\n", x, y);
}
