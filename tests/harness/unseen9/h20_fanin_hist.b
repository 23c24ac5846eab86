implement FanInHist;

include "sys.m";
	sys: Sys;
include "draw.m";

FanInHist: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

lines := array[] of {
	"Concurrency is not parallelism",
	"Do not communicate by sharing memory",
	"share memory by communicating instead",
	"channels orchestrate, mutexes serialize",
	"the bigger the interface the weaker the abstraction",
	"a little copying is better than a little dependency",
	"clear is better than clever",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# fan out: one prog per line, each with its own result channel
	outs := array[len lines] of chan of array of int;
	for(i := 0; i < len lines; i++){
		outs[i] = chan of array of int;
		spawn count(lines[i], outs[i]);
	}

	# fan in: a merger reads every channel (any order) and forwards tagged results
	merged := chan of (int, array of int);
	spawn merge(outs, merged);

	total := array[26] of {* => 0};
	perline := array[len lines] of int;
	for(i = 0; i < len lines; i++){
		(idx, h) := <-merged;
		n := 0;
		for(j := 0; j < 26; j++){
			total[j] += h[j];
			n += h[j];
		}
		perline[idx] = n;
	}
	for(i = 0; i < len lines; i++)
		sys->print("line %d: %d letters\n", i, perline[i]);
	s := "";
	best := 0;
	for(j := 0; j < 26; j++){
		if(total[j] == 0)
			continue;
		s += sys->sprint(" %c%d", 'a'+j, total[j]);
		if(total[j] > total[best])
			best = j;
	}
	sys->print("histogram:%s\n", s);
	sys->print("most common: %c\n", 'a'+best);
}

count(s: string, out: chan of array of int)
{
	h := array[26] of {* => 0};
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if(c >= 'a' && c <= 'z')
			h[c-'a']++;
	}
	out <-= h;
}

merge(ins: array of chan of array of int, out: chan of (int, array of int))
{
	for(k := 0; k < len ins; k++){
		(i, h) := <-ins;	# whichever is ready
		out <-= (i, h);
	}
}
