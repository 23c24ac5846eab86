implement Strings;

include "sys.m";
	sys: Sys;
include "draw.m";

Strings: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

split(s: string, sep: int): list of string
{
	parts: list of string;
	start := 0;
	for(i := 0; i <= len s; i++) {
		if(i == len s || s[i] == sep) {
			parts = s[start:i] :: parts;
			start = i + 1;
		}
	}
	r: list of string;
	for(; parts != nil; parts = tl parts)
		r = hd parts :: r;
	return r;
}

caesar(s: string, k: int): string
{
	for(i := 0; i < len s; i++) {
		c := s[i];
		case c {
		'a' to 'z' => s[i] = 'a' + (c - 'a' + k + 26) % 26;
		'A' to 'Z' => s[i] = 'A' + (c - 'A' + k + 26) % 26;
		}
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "Limbo strings";
	sys->print("%s | %s | len %d\n", s, reverse(s), len s);
	u := "naïve café ☺";
	sys->print("%s len=%d bytes=%d reversed=%s\n", u, len u, len array of byte u, reverse(u));
	sys->print("char codes:");
	for(i := 0; i < len u; i++)
		if(u[i] > 127)
			sys->print(" %d@%d", u[i], i);
	sys->print("\n");

	for(l := split("a,bb,,ccc,", ','); l != nil; l = tl l)
		sys->print("[%s]", hd l);
	sys->print("\n");

	enc := caesar("Hello, World!", 3);
	sys->print("%s -> %s\n", enc, caesar(enc, -3));

	# comparisons
	words := array[] of {"apple", "Apple", "app", "apples", "", "b"};
	for(i = 0; i < len words - 1; i++)
		sys->print("%q<%q=%d ", words[i], words[i+1], words[i] < words[i+1]);
	sys->print("\n");

	# building with index assignment beyond end
	t := "";
	for(c := 'a'; c < 'a' + 10; c += 3)
		t[len t] = c;
	sys->print("built=%s\n", t);
	t[0] = 16r263A;
	sys->print("unicode put=%s len=%d\n", t, len t);

	# string <-> int conversions
	nums := array[] of {"123abc", "  -45", "x9", "0x1f", "+7", "16rff"};
	sys->print("ints:");
	for(i = 0; i < len nums; i++)
		sys->print(" %d", int nums[i]);
	sys->print("\n");
	sys->print("strings: %s %s %s\n", string 0, string -2147483647, string 'A');
	n := 1234567;
	ds := string n;
	sum := 0;
	for(i = 0; i < len ds; i++)
		sum += ds[i] - '0';
	sys->print("digit sum of %s = %d\n", ds, sum);

	# string concatenation in loop and slicing
	acc := "";
	for(i = 0; i < 5; i++)
		acc = string i + acc + string i;
	sys->print("acc=%s mid=%s\n", acc, acc[3:7]);
}
