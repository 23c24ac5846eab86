implement Kpipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Kpipeline: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# gen | grep -v skip | upper | number  -- each stage a spawned proc joined by sys->pipe

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fin := chan of (string, int);

	p1 := mkpipe();
	p2 := mkpipe();
	p3 := mkpipe();
	p4 := mkpipe();

	spawn gen(p1[1], fin);
	spawn filter(p1[0], p2[1], "grep", fin);
	spawn filter(p2[0], p3[1], "upper", fin);
	spawn filter(p3[0], p4[1], "number", fin);
	# drop our copies so EOF can propagate down the chain
	p1 = p2 = p3 = nil;
	p4[1] = nil;

	buf := array[64] of byte;
	out := "";
	while((n := sys->read(p4[0], buf, len buf)) > 0)
		out += string buf[0:n];
	sys->print("%s", out);

	# collect the stage reports, in a fixed order
	reports := array[4] of string;
	for(i := 0; i < 4; i++){
		(name, cnt) := <-fin;
		case name {
		"gen" =>	reports[0] = sys->sprint("gen wrote %d lines", cnt);
		"grep" =>	reports[1] = sys->sprint("grep passed %d lines", cnt);
		"upper" =>	reports[2] = sys->sprint("upper passed %d lines", cnt);
		"number" =>	reports[3] = sys->sprint("number passed %d lines", cnt);
		}
	}
	for(i = 0; i < 4; i++)
		sys->print("%s\n", reports[i]);
}

mkpipe(): array of ref Sys->FD
{
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		raise "fail:pipe";
	return p;
}

gen(out: ref Sys->FD, fin: chan of (string, int))
{
	items := array[] of {"apples", "skip this", "bread", "cheese", "skip that too", "dates", "eggs"};
	for(i := 0; i < len items; i++)
		sys->fprint(out, "%s\n", items[i]);
	out = nil;
	fin <-= ("gen", len items);
}

# read whole lines from fd; a line may arrive split over several reads
filter(in, out: ref Sys->FD, kind: string, fin: chan of (string, int))
{
	buf := array[5] of byte;
	pending := "";
	count := 0;
	for(;;){
		n := sys->read(in, buf, len buf);
		if(n <= 0)
			break;
		pending += string buf[0:n];
		for(;;){
			i := 0;
			while(i < len pending && pending[i] != '\n')
				i++;
			if(i == len pending)
				break;
			line := pending[0:i];
			pending = pending[i+1:];
			r := apply(kind, line, count+1);
			if(r != nil){
				count++;
				sys->fprint(out, "%s\n", r);
			}
		}
	}
	out = nil;
	fin <-= (kind, count);
}

apply(kind, line: string, n: int): string
{
	case kind {
	"grep" =>
		if(len line >= 4 && line[0:4] == "skip")
			return nil;
		return line;
	"upper" =>
		for(i := 0; i < len line; i++)
			if(line[i] >= 'a' && line[i] <= 'z')
				line[i] += 'A' - 'a';
		return line;
	"number" =>
		return sys->sprint("%3d  %s", n, line);
	}
	return line;
}
