implement Cut;

include "sys.m";
	sys: Sys;
include "draw.m";

Cut: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Range: adt {
	lo, hi:	int;
};

stderr: ref Sys->FD;

parselist(s: string): list of Range
{
	(nil, parts) := sys->tokenize(s, ",");
	rl: list of Range;
	for(; parts != nil; parts = tl parts){
		p := hd parts;
		lo := 1;
		hi := 1<<30;
		for(i := 0; i < len p; i++)
			if(p[i] == '-')
				break;
		if(i == len p){
			lo = int p;
			hi = lo;
		}else{
			if(i > 0)
				lo = int p[0:i];
			if(i+1 < len p)
				hi = int p[i+1:];
		}
		if(lo < 1 || hi < lo){
			sys->fprint(stderr, "cut: bad range %s\n", p);
			raise "fail:usage";
		}
		rl = Range(lo, hi) :: rl;
	}
	return rl;
}

selected(n: int, rl: list of Range): int
{
	for(; rl != nil; rl = tl rl){
		r := hd rl;
		if(n >= r.lo && n <= r.hi)
			return 1;
	}
	return 0;
}

cutfields(line: string, delim: int, rl: list of Range): string
{
	out := "";
	field := 1;
	start := 0;
	first := 1;
	for(i := 0; i <= len line; i++){
		if(i == len line || line[i] == delim){
			if(selected(field, rl)){
				if(!first)
					out[len out] = delim;
				out += line[start:i];
				first = 0;
			}
			field++;
			start = i+1;
		}
	}
	return out;
}

cutchars(line: string, rl: list of Range): string
{
	out := "";
	for(i := 0; i < len line; i++)
		if(selected(i+1, rl))
			out[len out] = line[i];
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	passwd := array[] of {
		"root:x:0:0:root:/root:/bin/rc",
		"glenda:x:1000:1000:Glenda Bunny:/usr/glenda:/dis/sh",
		"inferno:x:1001:100::/usr/inferno:",
		"short",
	};
	specs := array[] of {"1", "1,3", "5-", "-2,7", "2-4,6"};
	for(s := 0; s < len specs; s++){
		rl := parselist(specs[s]);
		sys->print("-d: -f %s\n", specs[s]);
		for(i := 0; i < len passwd; i++)
			sys->print("\t%q\n", cutfields(passwd[i], ':', rl));
	}
	sys->print("-c 1-4,9:\n");
	rl := parselist("1-4,9");
	for(i := 0; i < len passwd; i++)
		sys->print("\t%s\n", cutchars(passwd[i], rl));
	{
		parselist("3-1");
	} exception e {
	"fail:*" =>
		sys->print("error: %s\n", e[5:]);
	}
}
