implement ExcControl;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcControl: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# return from inside the protected block and from the handler
pick1(n: int): string
{
	{
		if(n == 0)
			return "body returned";
		raise "r" + string n;
	} exception e {
	"r1" =>
		return "handler returned " + e;
	"r2" =>
		;
	}
	return "fell through after " + string n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 4; i++){
		{
			sys->print("%d: %s\n", i, pick1(i));
		} exception e {
		"*" =>
			sys->print("%d: escaped %s\n", i, e);
		}
	}
	# continue and break inside the protected block
	s := "";
	for(i = 0; i < 6; i++){
		{
			if(i == 1)
				continue;
			if(i == 4)
				break;
			if(i == 2)
				raise "two";
			s += string i;
		} exception e {
		"two" =>
			s += "<" + e + ">";
		}
		s += ".";
	}
	sys->print("s=%s i=%d\n", s, i);
	# labelled break out of nested loops from a handler
	n := 0;
outer:
	for(i = 0; i < 3; i++){
		for(j := 0; j < 3; j++){
			{
				n++;
				if(i == 1 && j == 1)
					raise "stop";
			} exception {
			"stop" =>
				break outer;
			}
		}
	}
	sys->print("stopped at i=%d n=%d\n", i, n);
	# continue from a handler
	m := 0;
	for(i = 0; i < 5; i++){
		{
			if(i % 2 == 0)
				raise "even";
		} exception {
		"even" =>
			continue;
		}
		m += i;
	}
	sys->print("sum of odd %d\n", m);
	# a while loop whose condition raises
	a := array[3] of {1, 2, 3};
	k := 0;
	total := 0;
	{
		while(a[k] > 0){
			total += a[k];
			k++;
		}
	} exception e {
	"*" =>
		sys->print("while ended by %s at k=%d total=%d\n", e, k, total);
	}
	# a case on a value that raises
	{
		l: list of string;
		case hd l {
		"x" => sys->print("x\n");
		* => sys->print("other\n");
		}
	} exception e {
	"*" =>
		sys->print("case: %s\n", e);
	}
	sys->print("done\n");
}
