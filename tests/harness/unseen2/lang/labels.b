# exercises labelled loops, break/continue with labels, do-while, break out of case
implement Labels;
include "sys.m";
include "draw.m";
sys: Sys;
Labels: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
outer:	for(i := 0; i < 5; i++){
		for(j := 0; j < 5; j++){
			if(j == i) continue outer;
			if(i == 4) break outer;
			sys->print("%d%d ", i, j);
		}
	}
	sys->print("\n");
	k := 0;
	do { k += 3; } while(k < 10);
	sys->print("k=%d\n", k);
	n := 0;
loop:	while(1){
		n++;
		case n {
		3 => continue loop;
		6 => break loop;
		* => sys->print("n%d ", n);
		}
	}
	sys->print("\n");
	m := 0;
	for(;;){
		m++;
		case m {
		2 => break;
		}
		if(m > 4) break;
	}
	sys->print("m=%d\n", m);
	tot := 0;
a:	for(x := 0; x < 4; x++)
b:		for(y := 0; y < 4; y++)
			for(z := 0; z < 4; z++){
				if(z > y) continue b;
				if(y > x) continue a;
				tot += x*100 + y*10 + z;
			}
	sys->print("tot=%d\n", tot);
	{
		sys->print("in block\n");
	}
	sys->print("end\n");
}
