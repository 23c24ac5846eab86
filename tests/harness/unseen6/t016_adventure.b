implement Adventure;

include "sys.m";
	sys: Sys;
include "draw.m";

Adventure: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Room: adt {
	name:	string;
	desc:	string;
	exits:	list of (string, int);
	items:	list of string;
	locked:	int;
};

Cmd: adt {
	pick {
	Go =>
		dir: string;
	Take =>
		item: string;
	Drop =>
		item: string;
	Use =>
		item: string;
	Look =>
	Inv =>
	Bad =>
		why: string;
	}
};

rooms: array of ref Room;
here := 0;
inventory: list of string;
score := 0;
moves := 0;

parse(line: string): ref Cmd
{
	(n, w) := sys->tokenize(line, " ");
	if(n == 0)
		return ref Cmd.Bad("empty");
	verb := hd w;
	arg := "";
	if(n > 1)
		arg = hd tl w;
	case verb {
	"go" or "walk" =>
		return ref Cmd.Go(arg);
	"n" or "s" or "e" or "w" or "up" or "down" =>
		return ref Cmd.Go(verb);
	"take" or "get" =>
		return ref Cmd.Take(arg);
	"drop" =>
		return ref Cmd.Drop(arg);
	"use" =>
		return ref Cmd.Use(arg);
	"look" or "l" =>
		return ref Cmd.Look;
	"inv" or "i" =>
		return ref Cmd.Inv;
	}
	return ref Cmd.Bad("unknown verb " + verb);
}

remove(l: list of string, x: string): (list of string, int)
{
	r: list of string;
	found := 0;
	for(; l != nil; l = tl l)
		if(!found && hd l == x)
			found = 1;
		else
			r = hd l :: r;
	return (r, found);
}

join(l: list of string): string
{
	if(l == nil)
		return "nothing";
	s := hd l;
	for(l = tl l; l != nil; l = tl l)
		s += ", " + hd l;
	return s;
}

step(c: ref Cmd): string
{
	moves++;
	r := rooms[here];
	pick x := c {
	Go =>
		for(e := r.exits; e != nil; e = tl e){
			(d, dest) := hd e;
			if(d == x.dir){
				if(rooms[dest].locked)
					return "The door to the " + rooms[dest].name + " is locked.";
				here = dest;
				return "You enter the " + rooms[dest].name + ".";
			}
		}
		return "You can't go " + x.dir + ".";
	Take =>
		found: int;
		(r.items, found) = remove(r.items, x.item);
		if(!found)
			return "No " + x.item + " here.";
		inventory = x.item :: inventory;
		if(x.item == "gem")
			score += 50;
		return "Taken: " + x.item;
	Drop =>
		found: int;
		(inventory, found) = remove(inventory, x.item);
		if(!found)
			return "You don't have " + x.item + ".";
		r.items = x.item :: r.items;
		return "Dropped.";
	Use =>
		(nil, have) := remove(inventory, x.item);
		if(!have)
			return "You have no " + x.item + ".";
		if(x.item == "key" && here == 1){
			rooms[3].locked = 0;
			score += 10;
			return "Click. The vault door opens.";
		}
		return "Nothing happens.";
	Look =>
		return r.desc + " Exits: " + exitnames(r) + ". You see " + join(r.items) + ".";
	Inv =>
		return "You carry " + join(inventory) + ".";
	Bad =>
		moves--;
		return "?? " + x.why;
	}
	return "";
}

exitnames(r: ref Room): string
{
	s := "";
	for(e := r.exits; e != nil; e = tl e){
		if(s != "")
			s += " ";
		s += (hd e).t0;
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rooms = array[] of {
		ref Room("hall", "A dusty hall.", ("n", 1) :: ("e", 2) :: nil, "lamp" :: nil, 0),
		ref Room("corridor", "A long corridor.", ("s", 0) :: ("n", 3) :: nil, nil, 0),
		ref Room("kitchen", "A greasy kitchen.", ("w", 0) :: nil, "key" :: "bread" :: nil, 0),
		ref Room("vault", "A glittering vault.", ("s", 1) :: nil, "gem" :: nil, 1),
	};
	script := array[] of {
		"look", "take lamp", "n", "n", "s", "e", "take key", "take spoon",
		"i", "w", "n", "use key", "n", "look", "take gem", "dance", "drop lamp", "look", "i",
	};
	for(i := 0; i < len script; i++)
		sys->print("> %s\n%s\n", script[i], step(parse(script[i])));
	sys->print("score %d in %d moves, room %s\n", score, moves, rooms[here].name);
}
