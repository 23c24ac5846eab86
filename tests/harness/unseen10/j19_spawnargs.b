implement SpawnArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnArgs: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Box: adt {
	v: int;
};

log: list of string;
counter := 0;
go: chan of int;

note(s: string): int
{
	log = s :: log;
	counter++;
	return counter;
}

child(id, a, b: int, s: string, bx: Box, rb: ref Box, arr: array of int, done: chan of string)
{
	<-go;
	done <-= sys->sprint("child %d: a=%d b=%d s=%s box=%d ref=%d arr0=%d", id, a, b, s, bx.v, rb.v, arr[0]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of string;
	go = chan of int;
	sys->print("== arguments are evaluated by the parent, before the child runs ==\n");
	i := 10;
	bx := Box(1);
	rb := ref Box(100);
	arr := array[] of {7};
	s := "first";
	spawn child(1, i++, note("arg"), s, bx, rb, arr, done);
	sys->print("after spawn: i=%d counter=%d log=%s\n", i, counter, hd log);
	i = 99;
	s = "changed";
	bx.v = 2;
	rb.v = 200;
	arr[0] = 8;
	go <-= 1;
	sys->print("%s  (values copied, refs shared)\n", <-done);
	sys->print("== several spawns in a loop capture the loop value ==\n");
	for(k := 0; k < 4; k++)
		spawn child(10 + k, k, k * k, "loop", bx, rb, arr, done);
	for(k = 0; k < 4; k++)
		go <-= 1;
	res := array[4] of string;
	for(k = 0; k < 4; k++){
		m := <-done;
		id := int m[6:8];
		res[id - 10] = m;
	}
	for(k = 0; k < 4; k++)
		sys->print("%s\n", res[k]);
	sys->print("== evaluation order of arguments ==\n");
	log = nil;
	spawn child(20, note("a"), note("b"), "order", bx, rb, arr, done);
	go <-= 1;
	<-done;
	order := "";
	for(l := log; l != nil; l = tl l)
		order = hd l + order;
	sys->print("side effects ran in order: %s\n", order);
	sys->print("== spawn with expression arguments ==\n");
	spawn child(30, len "abcd", 3 * 7, "x" + "y", Box(5), ref Box(6), array[1] of {* => 9}, done);
	go <-= 1;
	sys->print("%s\n", <-done);
}
