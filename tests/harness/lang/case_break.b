implement CaseBreak;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseBreak: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# a break in a case arm leaves the case, not the loop
	for(i := 0; i < 5; i++){
		case i {
		2 =>
			sys->print("two-before ");
			break;
			sys->print("never ");
		* =>
			sys->print("%d ", i);
		}
		sys->print("after%d ", i);
	}
	sys->print("\nloop ended i=%d\n", i);
	# to leave the loop from a case arm, name the loop
	n := 0;
outer:	for(i = 0; i < 5; i++){
		case i {
		3 =>
			break outer;
		* =>
			n += i;
		}
	}
	sys->print("labelled break i=%d n=%d\n", i, n);
	# continue inside a case continues the loop
	n = 0;
	for(i = 0; i < 6; i++){
		case i % 2 {
		0 =>
			continue;
		}
		n += i;
	}
	sys->print("continue in case n=%d\n", n);
	# a break in a while inside a case arm leaves the while
	for(i = 0; i < 2; i++){
		case i {
		* =>
			j := 0;
			while(1){
				if(++j > 3)
					break;
			}
			sys->print("inner while j=%d\n", j);
		}
	}
	# break in a string case, inside a do loop
	words := array[] of {"go", "skip", "stop", "go"};
	k := 0;
	do {
		case words[k] {
		"skip" =>
			sys->print("skip ");
			break;
		"stop" =>
			sys->print("stop-arm ");
			break;
		* =>
			sys->print("%s ", words[k]);
		}
		k++;
	} while(k < len words);
	sys->print("\ndo ended k=%d\n", k);
	# break in an alt-free nested case
	for(i = 0; i < 3; i++){
		case i {
		1 =>
			case i * 2 {
			2 =>
				sys->print("inner break ");
				break;
			}
			sys->print("outer arm continues ");
		}
	}
	sys->print("\n");
	# labelled case: break with the label leaves it too
	v := 7;
sel:	case v {
	7 =>
		if(v > 0)
			break sel;
		sys->print("not here\n");
	}
	sys->print("labelled case done\n");
}
