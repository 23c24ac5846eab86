implement TallyProg;
#lib: counter.b
# adt member functions served by a loaded module, through an imported adt
include "sys.m";
	sys: Sys;
include "draw.m";
include "counter.m";
	counter: Counter;
Tally: import counter;

TallyProg: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	counter = load Counter Counter->PATH;
	counter->init(40);
	counter->next();
	t := Tally.new("t");
	n := t.n;
	sys->print("%s %d\n", t.name, n);
	for(i := 1; i <= 3; i++){
		v := t.bump(i);
		sys->print("bump %d: %d\n", i, v);
	}
	u := ref Tally("mine", 5);
	v := u.bump(10);
	sys->print("%s %d %d\n", u.name, u.n, v);
}
