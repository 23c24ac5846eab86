#args: pear Apple apple äpfel banana 10 9 Zoo
implement StrCompare;

include "sys.m";
	sys: Sys;
include "draw.m";

StrCompare: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

sort(a: array of string)
{
	for(i := 1; i < len a; i++){
		t := a[i];
		j := i - 1;
		for(; j >= 0 && a[j] > t; j--)
			a[j+1] = a[j];
		a[j+1] = t;
	}
}

calls := 0;
truthy(tag: string, v: int): int
{
	calls++;
	sys->print("%s ", tag);
	return v;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[len args - 1] of string;
	i := 0;
	for(l := tl args; l != nil; l = tl l)
		a[i++] = hd l;
	sort(a);
	for(i = 0; i < len a; i++)
		sys->print("%s ", a[i]);
	sys->print("\n");
	n: string;
	sys->print("nil == \"\": %d, nil < \"a\": %d, \"\" < \"a\": %d\n", n == "", n < "a", "" < "a");
	sys->print("\"abc\" < \"abd\": %d, \"ab\" < \"abc\": %d, \"B\" < \"a\": %d\n", "abc" < "abd", "ab" < "abc", "B" < "a");
	sys->print("\"é\" > \"z\": %d, \"\\u00ff\" < \"\\u0100\": %d\n", "é" > "z", "\u00ff" < "\u0100");
	sys->print("\"a\" >= \"a\": %d, \"a\" <= \"A\": %d\n", "a" >= "a", "a" <= "A");
	# concatenation with nil
	n += "x";
	n = n + n[0:0] + "";
	sys->print("n=%s len=%d\n", n, len n);
	# short circuit
	if(truthy("A", 0) && truthy("B", 1))
		sys->print("yes1 ");
	if(truthy("C", 1) || truthy("D", 1))
		sys->print("yes2 ");
	if(!truthy("E", 0) && (truthy("F", 0) || truthy("G", 1)))
		sys->print("yes3 ");
	sys->print("\ncalls=%d\n", calls);
	# string as boolean-ish test: compare with nil
	e := "";
	if(e == nil)
		sys->print("empty string equals nil\n");
}
