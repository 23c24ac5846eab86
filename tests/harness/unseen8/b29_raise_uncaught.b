implement RaiseUncaught;

include "sys.m";
	sys: Sys;
include "draw.m";

RaiseUncaught: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Stat: adt {
	sum, n: int;
	add: fn(s: self ref Stat, v: int);
	mean: fn(s: self ref Stat): int;
};

Stat.add(s: self ref Stat, v: int)
{
	s.sum += v;
	s.n++;
}

Stat.mean(s: self ref Stat): int
{
	if(s.n == 0)
		raise "mean of empty group";
	return s.sum / s.n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	groups := array[] of {
		array[] of {3, 5, 10},
		array[] of {-4, 4, 9, 1},
		array[0] of int,
		array[] of {1},
	};
	for(g := 0; g < len groups; g++) {
		st := ref Stat(0, 0);
		for(i := 0; i < len groups[g]; i++)
			st.add(groups[g][i]);
		sys->print("group %d: n=%d sum=%d\n", g, st.n, st.sum);
		sys->print("group %d mean=%d\n", g, st.mean());
	}
	sys->print("not reached\n");
}
