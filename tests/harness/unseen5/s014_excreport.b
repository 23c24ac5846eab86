implement ExcReport;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcReport: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Result: adt {
	id:	int;
	ok:	int;
	value:	int;
	err:	string;
};

parse(s: string): int
{
	if(s == nil)
		raise "parse:empty";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise sys->sprint("parse:bad char '%c' at %d", c, i);
		n = n*10 + c - '0';
	}
	return n;
}

task(id: int, input: string, res: chan of ref Result)
{
	{
		v := parse(input);
		if(v > 1000)
			raise "range:too big";
		a := array[3] of int;
		a[v % 5] = v;	# index error when v%5 >= 3
		res <-= ref Result(id, 1, v, nil);
	}exception e{
	"parse:*" =>
		res <-= ref Result(id, 0, 0, "bad input: " + e[6:]);
	"range:*" =>
		res <-= ref Result(id, 0, 0, "out of range");
	"*" =>
		res <-= ref Result(id, 0, 0, "runtime: " + e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"42", "", "12x", "5000", "8", "100", "7"};
	res := chan of ref Result;
	for(i := 0; i < len inputs; i++)
		spawn task(i, inputs[i], res);
	all := array[len inputs] of ref Result;
	for(i = 0; i < len inputs; i++){
		r := <-res;
		all[r.id] = r;
	}
	good := 0;
	for(i = 0; i < len all; i++){
		r := all[i];
		if(r.ok){
			good++;
			sys->print("task %d (%q): ok %d\n", i, inputs[i], r.value);
		}else
			sys->print("task %d (%q): failed: %s\n", i, inputs[i], r.err);
	}
	sys->print("%d of %d succeeded\n", good, len all);
}
