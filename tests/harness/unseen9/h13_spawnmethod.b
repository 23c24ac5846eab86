implement SpawnMethod;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnMethod: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# an actor owns its state; others talk to it only through its inbox
Actor: adt {
	name:	string;
	total:	int;
	inbox:	chan of (string, int, chan of string);

	new:	fn(name: string): ref Actor;
	run:	fn(a: self ref Actor);
};

# a value adt can be spawned too: the new prog gets its own copy
Repeater: adt {
	word:	string;
	times:	int;

	run:	fn(r: self Repeater, out: chan of string);
};

Actor.new(name: string): ref Actor
{
	return ref Actor(name, 0, chan of (string, int, chan of string));
}

Actor.run(a: self ref Actor)
{
	for(;;){
		(op, n, reply) := <-a.inbox;
		case op {
		"add" =>
			a.total += n;
			reply <-= sys->sprint("%s: +%d -> %d", a.name, n, a.total);
		"mul" =>
			a.total *= n;
			reply <-= sys->sprint("%s: *%d -> %d", a.name, n, a.total);
		"stop" =>
			reply <-= sys->sprint("%s: stopping at %d", a.name, a.total);
			return;
		* =>
			reply <-= a.name + ": unknown " + op;
		}
	}
}

Repeater.run(r: self Repeater, out: chan of string)
{
	s := "";
	for(i := 0; i < r.times; i++){
		if(i > 0)
			s += "-";
		s += r.word;
	}
	r.times = 0;	# only our copy
	out <-= s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	actors := array[] of {Actor.new("ann"), Actor.new("bob"), Actor.new("cy")};
	for(i := 0; i < len actors; i++)
		spawn actors[i].run();

	reply := chan of string;
	script := array[] of {
		(0, "add", 5), (1, "add", 7), (2, "add", 1),
		(0, "mul", 3), (2, "mul", 10), (1, "sub", 2),
		(1, "mul", 2), (0, "add", -4),
	};
	for(i = 0; i < len script; i++){
		(who, op, n) := script[i];
		actors[who].inbox <-= (op, n, reply);
		sys->print("%s\n", <-reply);
	}
	for(i = 0; i < len actors; i++){
		actors[i].inbox <-= ("stop", 0, reply);
		sys->print("%s\n", <-reply);
	}

	out := chan of string;
	r := Repeater("la", 3);
	spawn r.run(out);
	sys->print("repeater said %s\n", <-out);
	sys->print("original still has times=%d\n", r.times);
	r.word = "do";
	spawn r.run(out);
	sys->print("repeater said %s\n", <-out);
}
