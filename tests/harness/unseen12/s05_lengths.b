#args: alpha βeta γάμμα - x 日本語テキスト
implement Lengths;

include "sys.m";
	sys: Sys;
include "draw.m";

Lengths: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Stat: adt {
	word: string;
	runes: int;
	bytes: int;
	ascii: int;

	mk: fn(w: string): ref Stat;
	wide: fn(s: self ref Stat): int;
};

Stat.mk(w: string): ref Stat
{
	s := ref Stat(w, len w, len array of byte w, 0);
	for(i := 0; i < len w; i++)
		if(w[i] < 128)
			s.ascii++;
	return s;
}

Stat.wide(s: self ref Stat): int
{
	return s.bytes - s.runes;
}

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("argc (with program) = %d\n", len argv);
	args := tl argv;
	sys->print("args = %d\n", len args);

	stats := array[len args] of ref Stat;
	i := 0;
	for(l := args; l != nil; l = tl l)
		stats[i++] = Stat.mk(hd l);

	total := 0;
	for(i = 0; i < len stats; i++) {
		s := stats[i];
		sys->print("%-2d %-16q runes=%-2d bytes=%-2d ascii=%-2d extra=%d\n",
			i, s.word, s.runes, s.bytes, s.ascii, s.wide());
		total += s.bytes;
	}
	sys->print("total bytes %d\n", total);

	# len of slices, nested arrays, lists of lists
	grid := array[4] of array of string;
	for(i = 0; i < len grid; i++)
		grid[i] = array[i * 2] of string;
	sys->print("grid rows %d:", len grid);
	for(i = 0; i < len grid; i++)
		sys->print(" %d", len grid[i]);
	sys->print("\n");
	sys->print("len grid[3][1:5] = %d, len grid[3][6:] = %d\n", len grid[3][1:5], len grid[3][6:]);

	ll: list of list of string;
	ll = args :: ll;
	ll = rev(args) :: ll;
	ll = nil :: ll;
	ll = tl args :: ll;
	sys->print("lists:");
	for(q := ll; q != nil; q = tl q)
		sys->print(" %d", len hd q);
	sys->print(" (outer %d)\n", len ll);

	first := "";
	if(args != nil)
		first = hd rev(args);
	sys->print("last arg %q has %d runes\n", first, len first);

	# len is evaluated each time: shrink a string in a loop
	s := "abcdefgh";
	n := 0;
	while(len s > 0) {
		s = s[0:len s / 2];
		n++;
	}
	sys->print("halvings to empty: %d\n", n);

	# len of concatenations, string of arrays of byte
	join := "";
	for(l = args; l != nil; l = tl l)
		join += hd l;
	b := array of byte join;
	sys->print("joined runes %d bytes %d, string of bytes runes %d\n",
		len join, len b, len string b);
	sys->print("len of constant: %d %d %d\n", len "hello", len "∀x", len array of byte "∀x");
	sys->print("len array[5] of byte = %d, len array[] of {1,2} = %d\n",
		len array[5] of byte, len array[] of {1, 2});
}
