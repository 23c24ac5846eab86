implement ReplyChan;

include "sys.m";
	sys: Sys;
include "draw.m";

ReplyChan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

roman(n: int): string
{
	vals := array[] of {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	syms := array[] of {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
	s := "";
	for(i := 0; i < len vals; i++)
		while(n >= vals[i]){
			s += syms[i];
			n -= vals[i];
		}
	return s;
}

translator(req: chan of (int, chan of string), fin: chan of int)
{
	served := 0;
	for(;;){
		(n, reply) := <-req;
		if(reply == nil)
			break;
		served++;
		if(n <= 0)
			reply <-= sys->sprint("#%d: no roman for %d", served, n);
		else
			reply <-= sys->sprint("#%d: %d = %s", served, n, roman(n));
	}
	fin <-= served;
}

client(name: string, nums: array of int, req: chan of (int, chan of string), done: chan of list of string)
{
	mine := chan of string;
	out: list of string;
	for(i := 0; i < len nums; i++){
		req <-= (nums[i], mine);
		out = name + " " + <-mine :: out;
	}
	done <-= out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	req := chan of (int, chan of string);
	fin := chan of int;
	spawn translator(req, fin);
	done := chan of list of string;
	spawn client("A", array[] of {1994, 4, 0}, req, done);
	r1 := <-done;
	spawn client("B", array[] of {2024, 3999, 14, 49}, req, done);
	r2 := <-done;
	for(l := r1; l != nil; l = tl l)
		sys->print("%s\n", hd l);
	for(l = r2; l != nil; l = tl l)
		sys->print("%s\n", hd l);
	req <-= (0, nil);
	sys->print("translator served %d requests\n", <-fin);
	sync := chan of string;
	spawn translator2(sync);
	sys->print("%s\n", <-sync);
}

translator2(c: chan of string)
{
	c <-= "second translator: " + roman(2718);
}
