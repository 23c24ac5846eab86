#args: look take lamp north take rope east take key west down south unlock gate south take coin look inventory drop rope drop lamp look take lamp dance score
implement Adventure;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Adventure: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Room: adt {
	name:	string;
	desc:	string;
	dark:	int;
	items:	list of string;
	exits:	list of (string, int);	# direction, room index
	locked:	string;		# direction blocked until unlocked
};

World: adt {
	rooms:	array of ref Room;
	here:	int;
	carried:	list of string;
	moves:	int;
	score:	int;
	visited:	array of int;

	look:	fn(w: self ref World);
	go:	fn(w: self ref World, dir: string);
	take:	fn(w: self ref World, what: string);
	drop:	fn(w: self ref World, what: string);
	has:	fn(w: self ref World, what: string): int;
};

remove(l: list of string, s: string): (list of string, int)
{
	r: list of string;
	found := 0;
	for(; l != nil; l = tl l)
		if(!found && hd l == s)
			found = 1;
		else
			r = hd l :: r;
	return (r, found);
}

say(s: string)
{
	sys->print("  %s\n", s);
}

World.has(w: self ref World, what: string): int
{
	for(l := w.carried; l != nil; l = tl l)
		if(hd l == what)
			return 1;
	return 0;
}

World.look(w: self ref World)
{
	r := w.rooms[w.here];
	if(r.dark && !w.has("lamp")){
		say("It is pitch dark. You might be eaten by something.");
		return;
	}
	say(r.name + ": " + r.desc);
	for(l := r.items; l != nil; l = tl l)
		say("There is a " + hd l + " here.");
	ex := "";
	for(e := r.exits; e != nil; e = tl e){
		(d, nil) := hd e;
		ex += " " + d;
	}
	say("Exits:" + ex);
}

World.go(w: self ref World, dir: string)
{
	r := w.rooms[w.here];
	if(r.locked == dir){
		say("The " + dir + " way is barred by a locked gate.");
		return;
	}
	for(e := r.exits; e != nil; e = tl e){
		(d, dest) := hd e;
		if(d == dir){
			w.here = dest;
			if(!w.visited[dest]){
				w.visited[dest] = 1;
				w.score += 5;
			}
			w.look();
			return;
		}
	}
	say("You can't go " + dir + ".");
}

World.take(w: self ref World, what: string)
{
	r := w.rooms[w.here];
	if(r.dark && !w.has("lamp")){
		say("You fumble about in the dark.");
		return;
	}
	found: int;
	(r.items, found) = remove(r.items, what);
	if(!found){
		say("No " + what + " here.");
		return;
	}
	w.carried = what :: w.carried;
	if(what == "coin")
		w.score += 25;
	say("Taken: " + what + ".");
}

World.drop(w: self ref World, what: string)
{
	found: int;
	(w.carried, found) = remove(w.carried, what);
	if(!found){
		say("You don't have a " + what + ".");
		return;
	}
	r := w.rooms[w.here];
	r.items = what :: r.items;
	say("Dropped " + what + ".");
}

mkworld(): ref World
{
	rooms := array[] of {
		ref Room("Porch", "a sagging wooden porch.", 0, "lamp" :: nil,
			("north", 1) :: nil, nil),
		ref Room("Hall", "a dusty hall with a trapdoor.", 0, "rope" :: nil,
			("south", 0) :: ("east", 2) :: ("down", 3) :: nil, nil),
		ref Room("Study", "shelves of mouldy books.", 0, "key" :: "book" :: nil,
			("west", 1) :: nil, nil),
		ref Room("Cellar", "damp stone walls.", 1, nil,
			("up", 1) :: ("south", 4) :: nil, "south"),
		ref Room("Vault", "a tiny vault.", 1, "coin" :: nil,
			("north", 3) :: nil, nil),
	};
	w := ref World(rooms, 0, nil, 0, 0, array[len rooms] of {* => 0});
	w.visited[0] = 1;
	return w;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	w := mkworld();

	for(args := tl argv; args != nil; args = tl args){
		verb := str->tolower(hd args);
		obj := "";
		if(verb == "take" || verb == "drop" || verb == "unlock"){
			if(tl args == nil){
				sys->fprint(sys->fildes(2), "%s what?\n", verb);
				break;
			}
			args = tl args;
			obj = hd args;
			sys->print("> %s %s\n", verb, obj);
		}else
			sys->print("> %s\n", verb);
		w.moves++;
		case verb {
		"north" or "south" or "east" or "west" or "up" or "down" =>
			w.go(verb);
		"look" =>	w.look();
		"take" =>	w.take(obj);
		"drop" =>	w.drop(obj);
		"unlock" =>
			r := w.rooms[w.here];
			if(r.locked == nil || obj != "gate")
				say("Nothing to unlock.");
			else if(!w.has("key"))
				say("You need a key.");
			else {
				r.locked = nil;
				w.score += 10;
				say("The gate creaks open.");
			}
		"inventory" =>
			say(sys->sprint("You carry: %s", str->quoted(w.carried)));
		"score" =>
			say(sys->sprint("Score %d in %d moves.", w.score, w.moves));
		* =>
			sys->fprint(sys->fildes(2), "I don't know how to %s.\n", verb);
		}
	}
}
