implement Elevator;

include "sys.m";
	sys: Sys;
include "draw.m";

Elevator: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Req: adt {
	who:	string;
	src:	int;
	dst:	int;
};

Event: adt {
	pick {
	Arrive =>
		floor: int;
		tick: int;
	Board =>
		who: string;
		floor: int;
	Alight =>
		who: string;
		floor: int;
		tick: int;
	Done =>
		moved: int;
	}
};

# the car runs in its own thread; it receives requests and reports events.
car(reqc: chan of ref Req, evc: chan of ref Event)
{
	floor := 0;
	tick := 0;
	moved := 0;
	waiting: list of ref Req;
	riding: list of ref Req;
	# collect all requests first (terminated by nil)
	for(;;){
		r := <-reqc;
		if(r == nil)
			break;
		waiting = r :: waiting;
	}
	waiting = rev(waiting);
	dir := 1;
	while(waiting != nil || riding != nil){
		# unload
		nr: list of ref Req;
		for(l := riding; l != nil; l = tl l)
			if((hd l).dst == floor)
				evc <-= ref Event.Alight((hd l).who, floor, tick);
			else
				nr = hd l :: nr;
		riding = rev(nr);
		# load
		nw: list of ref Req;
		for(l = waiting; l != nil; l = tl l)
			if((hd l).src == floor){
				evc <-= ref Event.Board((hd l).who, floor);
				riding = hd l :: riding;
			}else
				nw = hd l :: nw;
		waiting = rev(nw);
		if(waiting == nil && riding == nil)
			break;
		# choose direction: keep going while there is work ahead
		ahead := 0;
		for(l = riding; l != nil; l = tl l)
			if(((hd l).dst - floor) * dir > 0)
				ahead = 1;
		for(l = waiting; l != nil; l = tl l)
			if(((hd l).src - floor) * dir > 0)
				ahead = 1;
		if(!ahead)
			dir = -dir;
		floor += dir;
		tick++;
		moved++;
		evc <-= ref Event.Arrive(floor, tick);
	}
	evc <-= ref Event.Done(moved);
}

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqc := chan of ref Req;
	evc := chan of ref Event;
	spawn car(reqc, evc);
	reqs := array[] of {
		ref Req("ann", 0, 5),
		ref Req("ben", 3, 1),
		ref Req("cat", 4, 7),
		ref Req("dan", 6, 0),
		ref Req("eve", 2, 3),
	};
	for(i := 0; i < len reqs; i++)
		reqc <-= reqs[i];
	reqc <-= nil;
	stops := 0;
	total := 0;
	for(;;){
		e := <-evc;
		pick x := e {
		Arrive =>
			stops++;
		Board =>
			sys->print("%-4s boards at %d\n", x.who, x.floor);
		Alight =>
			sys->print("%-4s leaves at %d (t=%d)\n", x.who, x.floor, x.tick);
			total += x.tick;
		Done =>
			sys->print("car moved %d floors, %d arrivals, sum of arrival times %d\n", x.moved, stops, total);
			exit;
		}
	}
}
