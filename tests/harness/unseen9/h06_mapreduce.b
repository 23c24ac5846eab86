#args: the quick brown fox jumps over the lazy dog and the cat
implement MapReduce;

include "sys.m";
	sys: Sys;
include "draw.m";

MapReduce: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Pair: adt {
	key:	string;
	n:	int;
	kept:	int;
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	if(args != nil)
		args = tl args;

	words := chan of string;
	mapped := chan of ref Pair;
	filtered := chan of ref Pair;
	result := chan of (int, int, string);

	spawn source(args, words);
	spawn mapper(words, mapped);
	spawn filterstage(mapped, filtered, 4);
	spawn reducer(filtered, result);

	(count, sum, longest) := <-result;
	sys->print("words kept: %d\n", count);
	sys->print("total letters: %d\n", sum);
	sys->print("longest word: %s\n", longest);
}

source(l: list of string, out: chan of string)
{
	for(; l != nil; l = tl l)
		out <-= hd l;
	out <-= nil;
}

# map: word -> (uppercased word, length)
mapper(in: chan of string, out: chan of ref Pair)
{
	while((w := <-in) != nil){
		u := "";
		for(i := 0; i < len w; i++){
			c := w[i];
			if(c >= 'a' && c <= 'z')
				c += 'A' - 'a';
			u[len u] = c;
		}
		out <-= ref Pair(u, len w, 0);
	}
	out <-= nil;
}

# filter: mark words with length >= min; dropped ones travel on so that
# only the reducer prints (keeps console order independent of scheduling)
filterstage(in: chan of ref Pair, out: chan of ref Pair, min: int)
{
	while((p := <-in) != nil){
		p.kept = p.n >= min;
		out <-= p;
	}
	out <-= nil;
}

reducer(in: chan of ref Pair, res: chan of (int, int, string))
{
	count := 0;
	sum := 0;
	longest := "";
	while((p := <-in) != nil){
		if(!p.kept){
			sys->print("drop %s\n", p.key);
			continue;
		}
		count++;
		sum += p.n;
		if(p.n > len longest)
			longest = p.key;
		sys->print("keep %s (%d)\n", p.key, p.n);
	}
	res <-= (count, sum, longest);
}
